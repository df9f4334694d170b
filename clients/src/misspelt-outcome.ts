// Must NOT type-check: "GRANTD" is not one of the outcomes the contract declares.
import { listLedger, type LedgerPage } from "./ledger-client";

export function misspelt(token: string): Promise<LedgerPage> {
  return listLedger("http://localhost:8080", token, "350504", { page: 2, outcome: "GRANTD" });
}
