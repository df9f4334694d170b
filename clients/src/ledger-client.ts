// A small client of the ledger list, typed by the declarations generated from openapi.yaml
// (generated/api.d.ts). It must type-check: the contract declares every query parameter with its type.
import type { paths } from "../generated/api";

type LedgerList = paths["/api/v1/agencies/{code}/applications"]["get"];
export type LedgerQuery = NonNullable<LedgerList["parameters"]["query"]>;
export type LedgerPage = LedgerList["responses"][200]["content"]["application/json"];

export async function listLedger(base: string, token: string, code: string, query: LedgerQuery): Promise<LedgerPage> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) {
      search.set(name, String(value));
    }
  }
  const response = await fetch(`${base}/api/v1/agencies/${encodeURIComponent(code)}/applications?${search}`, {
    headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
  });
  if (!response.ok) {
    throw new Error(`The ledger list answered ${response.status}`);
  }
  return (await response.json()) as LedgerPage;
}

export async function grantedOnSecondPage(token: string): Promise<string[]> {
  const page = await listLedger("http://localhost:8080", token, "350504", { page: 2, outcome: "GRANTED" });
  return (page.items ?? []).map((application) => application.trackingNumber ?? "");
}

export function subtreeSinceMarch(token: string): Promise<LedgerPage> {
  return listLedger("http://localhost:8080", token, "350504", {
    scope: "SUBTREE",
    receivedFrom: "2021-03-01",
    overdue: false,
    size: 20,
    sort: "-receivedDate",
  });
}

export function wrongCalls(token: string): Promise<LedgerPage>[] {
  return [
    // @ts-expect-error "GRANTD" is not an outcome
    listLedger("http://localhost:8080", token, "350504", { page: 2, outcome: "GRANTD" }),
    // @ts-expect-error page is a number, not text
    listLedger("http://localhost:8080", token, "350504", { page: "2" }),
    // @ts-expect-error overdue is a boolean
    listLedger("http://localhost:8080", token, "350504", { overdue: "yes" }),
    // @ts-expect-error the ledger has no such order
    listLedger("http://localhost:8080", token, "350504", { sort: "subject" }),
  ];
}
