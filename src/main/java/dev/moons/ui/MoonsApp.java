package dev.moons.ui;

import java.io.InputStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop app: one window comparing fixed-LR gradient descent with backtracking line search. */
public final class MoonsApp extends Application {
    /** Window title. */
    public static final String TITLE = "Developers of Moons — fixed LR vs backtracking";
    /** Boundary resolution in pixels each way. */
    static final int GRID_SIZE = 100;
    /** Preferred window size: a 1280×720 projector. */
    static final double PREF_WIDTH = 1280;
    static final double PREF_HEIGHT = 720;
    /** Smallest window the layout is made for. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 640;

    private Dashboard dashboard;

    @Override
    public void start(Stage stage) {
        dashboard = new Dashboard(Platform::runLater, new FxFileChooser(), Preset.LAB_NOTEBOOK.config(), GRID_SIZE);
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        double width = Math.min(PREF_WIDTH, bounds.getWidth());
        double height = Math.min(PREF_HEIGHT, bounds.getHeight());
        Scene scene = createScene(dashboard, width, height);
        stage.setTitle(TITLE);
        addIcons(stage);
        stage.setMinWidth(Math.min(MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, bounds.getHeight()));
        stage.setScene(scene);
        stage.setX(bounds.getMinX() + (bounds.getWidth() - width) / 2);
        stage.setY(bounds.getMinY() + (bounds.getHeight() - height) / 2);
        stage.show();
        fitInside(stage, bounds);
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

    /** Shrinks and moves {@code stage} so that its decorated frame lies inside {@code bounds}. */
    private static void fitInside(Stage stage, Rectangle2D bounds) {
        if (stage.getWidth() > bounds.getWidth()) {
            stage.setWidth(bounds.getWidth());
        }
        if (stage.getHeight() > bounds.getHeight()) {
            stage.setHeight(bounds.getHeight());
        }
        double maxX = bounds.getMaxX() - stage.getWidth();
        double maxY = bounds.getMaxY() - stage.getHeight();
        stage.setX(Math.max(bounds.getMinX(), Math.min(stage.getX(), maxX)));
        stage.setY(Math.max(bounds.getMinY(), Math.min(stage.getY(), maxY)));
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
