package cn.govdisclosure.ledger;

import cn.govdisclosure.platform.Labelled;

/** What can happen to an application after receipt; each event is one entry of its timeline. */
public enum EventType implements Labelled {
    /** The office asked once for corrections (补正), with a deadline for the applicant; the clock stops. */
    CORRECTION_REQUESTED,
    /** The corrected application arrived: the reply period starts again from this day. */
    CORRECTION_RECEIVED,
    /** The reply period was extended once, by at most 20 working days, with the office head's approval. */
    EXTENDED,
    /** A third party or another agency was consulted; the days until its answer are not counted. */
    CONSULTATION_STARTED,
    /** The consulted party answered (or its time ran out). */
    CONSULTATION_ENDED,
    /** A processing fee was notified, with a payment deadline; the days until payment are not counted. */
    FEE_NOTICE_SENT,
    /** The fee was paid. */
    FEE_PAID,
    /** The applicant withdrew the application: it is concluded under 其他 (outcome OTHER). */
    WITHDRAWN,
    /** The final reply was given: the application is concluded with an outcome. */
    CONCLUDED;

    @Override
    public String zh() {
        return switch (this) {
            case CORRECTION_REQUESTED -> "告知补正";
            case CORRECTION_RECEIVED -> "收到补正";
            case EXTENDED -> "延长答复期限";
            case CONSULTATION_STARTED -> "开始征求意见";
            case CONSULTATION_ENDED -> "征求意见结束";
            case FEE_NOTICE_SENT -> "发出收费通知";
            case FEE_PAID -> "缴纳费用";
            case WITHDRAWN -> "申请人撤回申请";
            case CONCLUDED -> "作出答复";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case CORRECTION_REQUESTED -> "Correction requested";
            case CORRECTION_RECEIVED -> "Correction received";
            case EXTENDED -> "Reply period extended";
            case CONSULTATION_STARTED -> "Consultation started";
            case CONSULTATION_ENDED -> "Consultation ended";
            case FEE_NOTICE_SENT -> "Fee notice sent";
            case FEE_PAID -> "Fee paid";
            case WITHDRAWN -> "Withdrawn by the applicant";
            case CONCLUDED -> "Reply given";
        };
    }
}
