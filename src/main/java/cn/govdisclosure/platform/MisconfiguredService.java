package cn.govdisclosure.platform;

/**
 * The service is configured so that it cannot do what it was asked, for every caller, until an operator changes
 * its settings (for example, stored personal data encrypted with a key that is no longer configured). Answered 503
 * with a problem of its own and logged once per distinct message at ERROR, without a stack trace: the fault is in
 * the deployment, not in the request, and retrying will not help until the operator acts.
 */
public class MisconfiguredService extends RuntimeException {

    public MisconfiguredService(String message) {
        super(message, null, false, false);
    }
}
