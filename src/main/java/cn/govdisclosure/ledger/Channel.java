package cn.govdisclosure.ledger;

/** How an application reached the agency (Regulation art. 31 fixes the receipt date for each). */
public enum Channel {
    IN_PERSON, POST, ONLINE, FAX, EMAIL, OTHER
}
