package cn.govdisclosure;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The package rules of the README's layout, checked over the compiled service: the template package and the
 * platform stand below every feature, a feature's entities and repositories stay inside it, no two packages
 * depend on each other, and HTTP stays out of services and rules.
 */
class ArchitectureTest {

    private static final String ROOT = "cn.govdisclosure";
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void theFormatsDependOnNothingOfTheService() {
        noClasses().that().resideInAPackage(ROOT + ".format..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".format..", "java..")
                .because("format/ is the national templates as pure data: no persistence, no HTTP, no feature")
                .check(SERVICE);
    }

    @Test
    void thePlatformDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".platform.."))))
                .because("every feature builds on the platform, so it can know none of them")
                .check(SERVICE);
    }

    @Test
    void entitiesAndRepositoriesAreUsedOnlyInTheirOwnPackage() {
        classes().that().areAnnotatedWith(Entity.class).or().areAssignableTo(PanacheRepositoryBase.class)
                .should(beUsedOnlyInTheirOwnPackage())
                .because("a feature talks to another through its service, never its repository or entities")
                .check(SERVICE);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void servicesWorkflowsAndRulesKnowNothingOfHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Workflow")
                .or().haveSimpleNameEndingWith("Rules").or().haveSimpleNameEndingWith("Rule")
                .or().haveSimpleNameEndingWith("Calculator").or().resideInAPackage(ROOT + ".checks..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .because("resources translate HTTP (preconditions, statuses) into versions and domain calls")
                .check(SERVICE);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only in their own package") {
            @Override
            public void check(JavaClass owned, ConditionEvents events) {
                for (Dependency use : owned.getDirectDependenciesToSelf()) {
                    if (!use.getOriginClass().getPackageName().equals(owned.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }
}
