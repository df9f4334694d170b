package cn.govdisclosure.ledger;

import java.time.Instant;
import java.time.LocalDate;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;

/**
 * The columns of a ledger entry that a list shows, read as a projection: a page of 200 is then 200 small records,
 * not 200 managed entities with their (unread) timelines. The component names are the entity's field names.
 */
record ListedApplication(
        long agencyId,
        String trackingNumber,
        LocalDate receivedDate,
        Channel channel,
        ApplicantType applicantType,
        String applicantName,
        String applicantIdNumber,
        String applicantPhone,
        String applicantEmail,
        String applicantAddress,
        String subject,
        Outcome outcome,
        LocalDate concludedDate,
        DeadlineStatus deadlineStatus,
        LocalDate dueDate,
        Integer workingDaysUsed,
        int workingDaysAllowed,
        Boolean concludedOnTime,
        Instant createdAt,
        Instant updatedAt) {
}
