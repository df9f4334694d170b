package cn.govdisclosure.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the audit trail records of an entity, declared on the entity itself: the type and key its entries are found
 * under, and for every persistent property whether its values are recorded, withheld as personal data, withheld as
 * too large, or left out. Every property must be named once ({@code AuditDeclarationsTest} fails otherwise), so that
 * a new or renamed field is never recorded by default; a property the trail meets undeclared is treated as personal
 * data. The id, the version and collections of parts (recorded as entities of their own) need no declaration.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditTrail {

    /** The type under which the trail lists the entity's entries, such as {@code APPLICATION}. */
    String type();

    /** The properties whose values identify a record in the trail, in order (as the API names it). */
    String[] key() default "id";

    /**
     * The association to the record this one is a part of (a report's section to its report): the part's entries
     * are found under the parent too, and its key is prefixed by the parent's.
     */
    String parent() default "";

    /** Properties recorded with their old and new values. */
    String[] recorded();

    /** Personal data: that it changed is recorded, its values never (they read "[personal data]"). */
    String[] personal() default {};

    /** Recorded as changed without repeating the values, too large to repeat (they read "[not recorded]"). */
    String[] withheld() default {};

    /** Left out: bookkeeping whose change says nothing, and state derived from recorded properties. */
    String[] ignored() default {};
}
