// A data table. Its cells' padding, rules and type come from one stylesheet rule per kind of cell
// (.data-table in app/globals.css), not from a class on every cell: a dashboard has hundreds of
// cells, and each cell's classes were written into both the HTML and the RSC payload (issue #21).
// The rule sits in Tailwind's components layer, so a utility on a cell (text-right, border-b-0)
// still wins.
import { clsx } from "clsx";

export function Table({ className, ...props }: React.TableHTMLAttributes<HTMLTableElement>) {
  return (
    <div className="w-full overflow-x-auto">
      <table className={clsx("data-table", className)} {...props} />
    </div>
  );
}

export function Th(props: React.ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" {...props} />;
}

export function Td(props: React.TdHTMLAttributes<HTMLTableCellElement>) {
  return <td {...props} />;
}

/** The header cell of a row (the rep, the team, the lever the row is about). */
export function RowTh(props: React.ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" {...props} />;
}
