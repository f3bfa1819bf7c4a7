import { cn } from "@/lib/cn";

export function Table({ className, ...props }: React.TableHTMLAttributes<HTMLTableElement>) {
  return (
    <div className="w-full overflow-x-auto">
      <table className={cn("w-full border-collapse text-sm", className)} {...props} />
    </div>
  );
}

export function Th({ className, ...props }: React.ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={cn("border-b border-slate-200 px-3 py-2 text-left font-semibold text-slate-700", className)} {...props} />;
}

export function Td({ className, ...props }: React.TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("border-b border-slate-100 px-3 py-2 align-top", className)} {...props} />;
}

/** The header cell of a row (the rep, the team, the lever the row is about). */
export function RowTh({ className, ...props }: React.ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" className={cn("border-b border-slate-100 px-3 py-2 text-left align-top font-medium", className)} {...props} />;
}
