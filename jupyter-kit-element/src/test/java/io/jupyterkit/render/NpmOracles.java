package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test-time oracles from npm: a package's tarball fetched with {@code npm pack} (once, into target/), checked against
 * its pinned integrity and partly unpacked; scripts from {@code src/test/resources/oracles} run in Node over a JSON
 * list on stdin. Nothing of them is shipped.
 */
final class NpmOracles {
  private NpmOracles() {}

  /** The folder {@code members} of the tarball of {@code spec} are unpacked in. */
  static Path unpack(String spec, String integrity, String... members) throws Exception {
    Path folder = Paths.get("target", "npm-oracles", spec.replace('/', '+'));
    Path done = folder.resolve(".unpacked");
    if (Files.exists(done)) {
      return folder.toAbsolutePath();
    }
    Files.createDirectories(folder);
    Process pack = new ProcessBuilder("npm", "pack", spec, "--silent", "--pack-destination", folder.toString())
        .redirectErrorStream(true).start();
    String output = read(pack.getInputStream());
    assertTrue(pack.waitFor(300, TimeUnit.SECONDS) && pack.exitValue() == 0, "npm pack " + spec + ": " + output);
    String[] lines = output.trim().split("\n");
    Path tarball = folder.resolve(lines[lines.length - 1].trim());
    String digest = "sha512-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(tarball)));
    assertEquals(integrity, digest, "the integrity of " + spec);
    List<String> command = new ArrayList<>(Arrays.asList("tar", "-xzf", tarball.toString(), "-C", folder.toString()));
    command.addAll(Arrays.asList(members));
    Process untar = new ProcessBuilder(command).redirectErrorStream(true).start();
    String untarOutput = read(untar.getInputStream());
    assertTrue(untar.waitFor(60, TimeUnit.SECONDS) && untar.exitValue() == 0, untarOutput);
    Files.write(done, new byte[0]);
    return folder.toAbsolutePath();
  }

  /** The oracle script {@code name}, as a file Node can run. */
  static Path script(String name) throws Exception {
    String suffix = name.substring(name.lastIndexOf('.'));
    Path script = Files.createTempFile("oracle", suffix);
    try (InputStream in = NpmOracles.class.getResourceAsStream("/oracles/" + name)) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    return script;
  }

  /** Runs {@code node script argument} with {@code input} on stdin; its stdout. */
  static String node(Path script, Path argument, String input) throws Exception {
    Process node = new ProcessBuilder("node", script.toString(), argument.toString()).start();
    try (OutputStream in = node.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    String out = read(node.getInputStream());
    String err = read(node.getErrorStream());
    assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node finished");
    assertEquals(0, node.exitValue(), err);
    return out;
  }

  static String read(InputStream stream) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = stream.read(buffer)) > 0; ) {
      bytes.write(buffer, 0, n);
    }
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }
}
