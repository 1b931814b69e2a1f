package org.medmassage.systemtests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (the packages chromium and chromium-driver, which
 * .ci/run installs): the same build, so Selenium Manager is never asked to download a driver, which it could not on
 * this closed network. A fresh profile per browser; screenshots go to target/.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    // without the background-networking flags Chromium waits on services it cannot reach here and hangs
    private static final List<String> HEADLESS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,2000");

    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("medmassage-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments(HEADLESS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(profile, new ChromeDriver(service, options));
    }

    void open(String url) {
        driver.get(url);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** The element once it is on the page and displayed. */
    WebElement await(String cssSelector) {
        return until(cssSelector + " displayed", d -> d.findElements(By.cssSelector(cssSelector)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /**
     * The page's answer once {@code condition} gives one (not null, not false), within a minute; else the failure
     * names {@code what} and the page, and the page is kept as target/browser-timeout.png.
     */
    <T> T until(String what, Function<WebDriver, T> condition) {
        try {
            // the page redraws a list or a figure as each event arrives: an element read a moment ago may be gone
            return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(200))
                    .ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            String page = driver.getCurrentUrl() + " (" + driver.getTitle() + ")";
            try {
                screenshot("browser-timeout");
            } catch (IOException | WebDriverException ignored) {
                // the timeout is the news; the picture is a courtesy
            }
            throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + " on " + page, e);
        }
    }

    /** The page as it looks now, as target/{@code name}.png; answers the file. */
    Path screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name + ".png").toAbsolutePath();
        Files.createDirectories(target.getParent());
        return Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
