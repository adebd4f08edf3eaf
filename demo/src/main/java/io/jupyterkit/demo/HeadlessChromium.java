package io.jupyterkit.demo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven through Debian's chromedriver, headless, with nothing downloaded and no traffic beyond
 * loopback. Used by the browser tests and the benchmark.
 */
public final class HeadlessChromium {
  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private HeadlessChromium() {}

  /** Whether this machine has the browser and its driver (the README's test command installs them). */
  public static boolean installed() {
    return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
  }

  public static ChromeDriver start() {
    if (!installed()) {
      throw new IllegalStateException("Chromium is not installed: run the README's test command, which installs"
          + " the Debian packages chromium and chromium-driver.");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    Path profile;
    try {
      profile = Files.createTempDirectory("jupyter-kit-chromium");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--window-size=1280,900", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }
}
