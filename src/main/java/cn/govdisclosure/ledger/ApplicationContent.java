package cn.govdisclosure.ledger;

import java.time.LocalDate;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;

/** The client-owned content of an entry, as created or corrected. */
record ApplicationContent(LocalDate receivedDate, Channel channel, ApplicantType applicantType, Applicant applicant,
        String subject, Outcome outcome, LocalDate concludedDate) {
}
