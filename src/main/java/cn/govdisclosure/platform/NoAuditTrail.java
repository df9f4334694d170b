package cn.govdisclosure.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An entity the audit trail leaves out, with the reason: a log of its own, such as the trail itself. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NoAuditTrail {

    /** Why the entity is not audited. */
    String value();
}
