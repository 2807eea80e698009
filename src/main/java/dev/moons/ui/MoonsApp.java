package dev.moons.ui;

import java.io.InputStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop app: one window comparing fixed-LR gradient descent with backtracking line search. */
public final class MoonsApp extends Application {
    /** Window title. */
    public static final String TITLE = "Developers of Moons — fixed LR vs backtracking";
    /** Boundary resolution in pixels each way. */
    static final int GRID_SIZE = 100;

    private Dashboard dashboard;

    @Override
    public void start(Stage stage) {
        dashboard = new Dashboard(Platform::runLater, new FxFileChooser(), Preset.LAB_NOTEBOOK.config(), GRID_SIZE);
        Scene scene = createScene(dashboard, 1280, 760);
        stage.setTitle(TITLE);
        addIcons(stage);
        stage.setMinWidth(1100);
        stage.setMinHeight(680);
        stage.setScene(scene);
        stage.show();
        dashboard.start();
    }

    @Override
    public void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    /** A scene of {@code dashboard} with the app stylesheet and keyboard shortcuts. */
    static Scene createScene(Dashboard dashboard, double width, double height) {
        Scene scene = new Scene(dashboard.root(), width, height);
        scene.getStylesheets().add(MoonsApp.class.getResource("app.css").toExternalForm());
        dashboard.install(scene);
        return scene;
    }

    private static void addIcons(Stage stage) {
        for (String name : new String[] {"icon-32.png", "icon-64.png", "icon-256.png"}) {
            try (InputStream in = MoonsApp.class.getResourceAsStream(name)) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(MoonsApp.class).warn("icon {} unreadable: {}", name, e.toString());
            }
        }
    }
}
