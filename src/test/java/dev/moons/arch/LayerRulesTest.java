package dev.moons.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.moons.app.ArchFixtureAppUsesFx;
import dev.moons.io.ArchFixtureIoUsesUi;
import dev.moons.render.ArchFixtureRenderUsesApp;
import dev.moons.session.ArchFixtureSessionUsesUi;
import org.junit.jupiter.api.Test;

/**
 * The house rules: no cycles between packages, JavaFX only in the views (ui, render) and the PNG exports, the
 * layers below never reach up. Each rule passes on the app's classes and fails on the same classes plus one
 * offending fixture from the test sources, which shows it can fail.
 */
class LayerRulesTest {
    /** Packages that may use JavaFX: the views, the drawing they share, the exports that render it, the launcher. */
    private static final String[] FX_ALLOWED = {"dev.moons.ui..", "dev.moons.render..", "dev.moons.export.."};
    private static final String[] FX = {"javafx..", "org.controlsfx..", "com.sun.javafx..", "org.testfx.."};

    /** No cycles among the top-level rooms (dev.moons.app, dev.moons.ui, …). */
    static final ArchRule NO_CYCLES_BETWEEN_ROOMS = slices().matching("dev.moons.(*)..").should().beFreeOfCycles();
    /** No cycles among any two packages, sub-packages included (dev.moons.ui.shell, dev.moons.ui.charts, …). */
    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching("dev.moons.(**)").should().beFreeOfCycles();
    /** Everything but the views, the shared drawing, the PNG exports and the launcher is JavaFX-free. */
    static final ArchRule JAVAFX_ONLY_IN_VIEWS = noClasses().that().resideInAPackage("dev.moons..")
            .and().resideOutsideOfPackages(FX_ALLOWED).and().doNotHaveFullyQualifiedName("dev.moons.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage(FX);
    /** The application layer is JavaFX-free and knows no view, drawing, export or command. */
    static final ArchRule APP_BELOW_VIEWS = noClasses().that().resideInAPackage("dev.moons.app..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.moons.ui..", "dev.moons.render..",
                    "dev.moons.export..", "dev.moons.cli..", "javafx..");
    /** Files (export), the settings file and sessions never depend on the window. */
    static final ArchRule FILES_NEVER_USE_UI = noClasses().that()
            .resideInAnyPackage("dev.moons.export..", "dev.moons.settings..", "dev.moons.session..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.moons.ui..", "dev.moons.app..");
    /** The shared drawing knows neither the window nor the live comparison. */
    static final ArchRule RENDER_BELOW_UI = noClasses().that().resideInAPackage("dev.moons.render..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.moons.ui..", "dev.moons.app..",
                    "dev.moons.export..", "dev.moons.cli..");
    /** The core (maths, data, training, files) never reaches up into the app, views, exports or commands. */
    static final ArchRule CORE_BELOW_EVERYTHING = noClasses().that().resideInAnyPackage("dev.moons.io..",
                    "dev.moons.data..", "dev.moons.model..", "dev.moons.optim..", "dev.moons.metrics..",
                    "dev.moons.training..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.moons.app..", "dev.moons.ui..",
                    "dev.moons.render..", "dev.moons.export..", "dev.moons.cli..", "dev.moons.session..",
                    "dev.moons.settings..");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.moons");

    @Test
    void noCyclesBetweenRooms() {
        NO_CYCLES_BETWEEN_ROOMS.check(MAIN);
    }

    @Test
    void noCyclesBetweenPackages() {
        NO_CYCLES_BETWEEN_PACKAGES.check(MAIN);
    }

    @Test
    void javaFxOnlyInViews() {
        JAVAFX_ONLY_IN_VIEWS.check(MAIN);
    }

    @Test
    void appLayerBelowViews() {
        APP_BELOW_VIEWS.check(MAIN);
    }

    @Test
    void filesNeverUseUi() {
        FILES_NEVER_USE_UI.check(MAIN);
    }

    @Test
    void renderBelowUi() {
        RENDER_BELOW_UI.check(MAIN);
    }

    @Test
    void coreBelowEverything() {
        CORE_BELOW_EVERYTHING.check(MAIN);
    }

    @Test
    void eachRuleFailsOnAnOffender() {
        // io → ui closes a cycle (ui already uses io): both cycle rules and the core rule catch it
        JavaClasses ioUsesUi = with(ArchFixtureIoUsesUi.class);
        assertThrows(AssertionError.class, () -> NO_CYCLES_BETWEEN_ROOMS.check(ioUsesUi));
        assertThrows(AssertionError.class, () -> NO_CYCLES_BETWEEN_PACKAGES.check(ioUsesUi));
        assertThrows(AssertionError.class, () -> CORE_BELOW_EVERYTHING.check(ioUsesUi));
        JavaClasses appUsesFx = with(ArchFixtureAppUsesFx.class);
        assertThrows(AssertionError.class, () -> JAVAFX_ONLY_IN_VIEWS.check(appUsesFx));
        assertThrows(AssertionError.class, () -> APP_BELOW_VIEWS.check(appUsesFx));
        assertThrows(AssertionError.class, () -> FILES_NEVER_USE_UI.check(with(ArchFixtureSessionUsesUi.class)));
        assertThrows(AssertionError.class, () -> RENDER_BELOW_UI.check(with(ArchFixtureRenderUsesApp.class)));
    }

    @Test
    void aCycleInsideUiIsCaughtByThePackageRuleOnly() {
        JavaClasses inner = new ClassFileImporter().importClasses(dev.moons.arch.fixture.one.One.class,
                dev.moons.arch.fixture.two.Two.class);
        assertThrows(AssertionError.class, () -> NO_CYCLES_BETWEEN_PACKAGES.check(inner));
        NO_CYCLES_BETWEEN_ROOMS.check(inner);
    }

    // the app's classes plus one offender from the test sources
    private static JavaClasses with(Class<?> offender) {
        String own = "/" + offender.getName().replace('.', '/') + ".class";
        return new ClassFileImporter()
                .withImportOption(l -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(l) || l.contains(own))
                .importPackages("dev.moons");
    }
}
