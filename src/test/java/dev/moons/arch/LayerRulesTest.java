package dev.moons.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Keeps JavaFX out of the core: data, model, optim, training, metrics and session never depend on it. */
class LayerRulesTest {
    private static final String[] CORE = {"dev.moons.data..", "dev.moons.model..", "dev.moons.optim..",
            "dev.moons.training..", "dev.moons.metrics..", "dev.moons.session.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.moons");

    @Test
    void coreDoesNotDependOnJavaFx() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "com.sun.javafx..", "org.testfx..");
        rule.check(classes);
    }

    @Test
    void coreDoesNotDependOnUiExportOrCli() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("dev.moons.ui..", "dev.moons.export..",
                        "dev.moons.cli..");
        rule.check(classes);
    }

    @Test
    void theRuleCatchesAViolation() {
        JavaClasses offender = new ClassFileImporter().importClasses(FxUsingCore.class);
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..");
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> rule.check(offender));
    }

    /** A class that uses JavaFX, to show the rule can fail. */
    static final class FxUsingCore {
        javafx.scene.paint.Color colour = javafx.scene.paint.Color.RED;
    }
}
