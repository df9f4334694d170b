package cn.govdisclosure.ledger;

import java.time.LocalDate;

/** The client-owned content of an entry, as created or corrected. */
record ApplicationContent(LocalDate receivedDate, Channel channel, ApplicantType applicantType, Applicant applicant,
        String subject, Outcome outcome, LocalDate concludedDate) {
}
