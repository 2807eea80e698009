package dev.moons.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** io/ is the ground floor, and the settings file no longer borrows export's Config writer. */
class IoLayerTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.moons");

    @Test
    void ioDependsOnNoOtherPackageOfTheApp() {
        noClasses().that().resideInAPackage("dev.moons.io..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.moons.data..", "dev.moons.model..",
                        "dev.moons.optim..", "dev.moons.metrics..", "dev.moons.training..", "dev.moons.session..",
                        "dev.moons.settings..", "dev.moons.app..", "dev.moons.render..", "dev.moons.export..",
                        "dev.moons.ui..", "dev.moons.cli..")
                .check(classes);
    }

    @Test
    void settingsDoNotUseExport() {
        noClasses().that().resideInAPackage("dev.moons.settings..")
                .should().dependOnClassesThat().resideInAPackage("dev.moons.export..")
                .check(classes);
    }
}
