package cn.govdisclosure.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import cn.govdisclosure.platform.AuditTrail;
import cn.govdisclosure.platform.NoAuditTrail;

/**
 * Every entity declares what the audit trail does with each of its persistent fields, so that a new or renamed field
 * is never recorded — or hidden — without someone deciding it, and the personal data the trail withholds are exactly
 * those named here.
 */
class AuditDeclarationsTest {

    private static final List<Class<?>> ENTITIES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.govdisclosure")
            .stream().filter(type -> type.isAnnotatedWith(Entity.class)).<Class<?>>map(JavaClass::reflect)
            .sorted(Comparator.comparing(Class::getName)).toList();

    @Test
    void theScanFindsTheEntities() {
        assertEquals(20, ENTITIES.size(), ENTITIES.toString());
    }

    @Test
    void everyEntitySaysWhetherItIsAudited() {
        List<String> undeclared = ENTITIES.stream()
                .filter(entity -> entity.isAnnotationPresent(AuditTrail.class)
                        == entity.isAnnotationPresent(NoAuditTrail.class))
                .map(Class::getSimpleName).toList();
        assertEquals(List.of(), undeclared, "entities with neither or both of @AuditTrail and @NoAuditTrail");
    }

    @Test
    void everyPersistentFieldIsRecordedDeclaredPersonalWithheldOrIgnoredExactlyOnce() {
        List<String> problems = new ArrayList<>();
        for (Class<?> entity : ENTITIES) {
            AuditTrail trail = entity.getAnnotation(AuditTrail.class);
            if (trail == null) {
                continue;
            }
            String name = entity.getSimpleName();
            Set<String> fields = persistentFields(entity, trail.parent());
            List<String> declared = new ArrayList<>();
            for (String[] group : List.of(trail.recorded(), trail.personal(), trail.withheld(), trail.ignored())) {
                declared.addAll(Arrays.asList(group));
            }
            for (String field : fields) {
                if (!declared.contains(field)) {
                    problems.add(name + "." + field + " is neither audited nor declared personal, withheld or ignored");
                }
            }
            for (String field : declared) {
                if (!fields.contains(field)) {
                    problems.add(name + " declares " + field + ", which is no persistent field of it");
                }
                if (declared.indexOf(field) != declared.lastIndexOf(field)) {
                    problems.add(name + " declares " + field + " more than once");
                }
            }
            for (String key : trail.key()) {
                if (!key.equals("id") && !Arrays.asList(trail.recorded()).contains(key)) {
                    problems.add(name + " is keyed by " + key + ", which is not a recorded field");
                }
            }
            if (!trail.parent().isEmpty() && !isAssociation(entity, trail.parent())) {
                problems.add(name + " names " + trail.parent() + " as its parent, which is no many-to-one association");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void thePersonalDataTheTrailWithholdsAreTheApplicantsDetails() {
        Set<String> personal = new TreeSet<>();
        for (Class<?> entity : ENTITIES) {
            AuditTrail trail = entity.getAnnotation(AuditTrail.class);
            if (trail != null) {
                Arrays.stream(trail.personal()).forEach(field -> personal.add(entity.getSimpleName() + "." + field));
            }
        }
        assertEquals(new TreeSet<>(List.of("DisclosureApplication.applicantAddress",
                "DisclosureApplication.applicantEmail", "DisclosureApplication.applicantIdNumber",
                "DisclosureApplication.applicantName", "DisclosureApplication.applicantPhone")), personal);
    }

    /** The fields Hibernate stores, less the id, the version, collections of parts and the parent association. */
    private static Set<String> persistentFields(Class<?> entity, String parent) {
        Set<String> fields = new LinkedHashSet<>();
        for (Field field : entity.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                    || field.isAnnotationPresent(Transient.class) || field.isAnnotationPresent(Id.class)
                    || field.isAnnotationPresent(Version.class) || field.isAnnotationPresent(OneToMany.class)
                    || field.isAnnotationPresent(ManyToMany.class) || field.getName().equals(parent)) {
                continue;
            }
            fields.add(field.getName());
        }
        return fields;
    }

    private static boolean isAssociation(Class<?> entity, String field) {
        return Arrays.stream(entity.getDeclaredFields())
                .anyMatch(candidate -> candidate.getName().equals(field)
                        && candidate.isAnnotationPresent(ManyToOne.class));
    }
}
