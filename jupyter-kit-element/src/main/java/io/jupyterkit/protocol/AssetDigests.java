package io.jupyterkit.protocol;

/**
 * Digests of the files a loader verifies, written as Subresource Integrity writes them ({@code sha384-} and the
 * bytes in base64), as the build's integrity.json records them. The worker computes them where it has Web Crypto;
 * a sandboxed worker, whose opaque origin has none, asks the page ({@link MessageTypes#DIGEST_REQUEST}).
 */
public final class AssetDigests {
  public static final String ALGORITHM = "SHA-384";
  private static final char[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

  private AssetDigests() {}

  /** {@code digest} (bytes, each 0-255) as {@code sha384-…}. */
  public static String sri(int[] digest) {
    StringBuilder text = new StringBuilder("sha384-");
    for (int i = 0; i < digest.length; i += 3) {
      int remaining = digest.length - i;
      int group = digest[i] << 16 | (remaining > 1 ? digest[i + 1] << 8 : 0) | (remaining > 2 ? digest[i + 2] : 0);
      text.append(BASE64[group >> 18 & 63]).append(BASE64[group >> 12 & 63])
          .append(remaining > 1 ? BASE64[group >> 6 & 63] : '=').append(remaining > 2 ? BASE64[group & 63] : '=');
    }
    return text.toString();
  }
}
