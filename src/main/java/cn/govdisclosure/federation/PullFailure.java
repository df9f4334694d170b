package cn.govdisclosure.federation;

/** Why a pull could not be applied, in words for the pull's record; nothing of the pull is applied. */
final class PullFailure extends RuntimeException {

    PullFailure(String reason) {
        super(reason, null, false, false);
    }
}
