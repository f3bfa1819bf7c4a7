import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { STATUS_LABEL, STATUS_TONE } from "@/components/one-on-ones/labels";
import type { OneOnOneListItem } from "@/lib/server/one-on-ones/list-one-on-ones";

function otherPerson(item: OneOnOneListItem): string {
  if (item.role === "coach") return item.member.name;
  if (item.role === "member") return item.coach.name;
  return `${item.coach.name} with ${item.member.name}`;
}

export function OneOnOneTable({ items, caption, emptyTitle, emptyText }: { items: OneOnOneListItem[]; caption: string; emptyTitle: string; emptyText: string }) {
  if (items.length === 0) return <EmptyState title={emptyTitle}>{emptyText}</EmptyState>;
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>When</Th>
          <Th>With</Th>
          <Th>Status</Th>
          <Th>Focus</Th>
          <Th>
            <span className="sr-only">Open</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <Td className="whitespace-nowrap">{item.scheduledLabel}</Td>
            <Td>
              {otherPerson(item)}
              {item.kind === "LEADER" ? (
                <Badge tone="info" className="ml-2">
                  {item.role === "member" ? "with your VP" : "leader"}
                </Badge>
              ) : null}
            </Td>
            <Td>
              <Badge tone={STATUS_TONE[item.status]}>{STATUS_LABEL[item.status]}</Badge>
              {item.notHeld ? (
                <Badge tone="bad" className="ml-1">
                  not held yet
                </Badge>
              ) : null}
            </Td>
            <Td>{item.focus ?? "—"}</Td>
            <Td>
              <Link href={`/one-on-ones/${item.id}`} className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700" aria-label={`Open the one-on-one with ${otherPerson(item)} on ${item.scheduledLabel}`}>
                Open
              </Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
