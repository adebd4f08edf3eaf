package io.jupyterkit.pyodide.worker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a boot has come and whether it has stalled, from what the worker sees: the bytes of each download as they
 * arrive (against its Content-Length), scripts being imported, and the steps after the downloads. Plain Java with
 * the clock passed in, so it is tested on the JVM.
 *
 * <p>The figure is the share of the boot files' bytes received, scaled to {@link #DOWNLOAD_SHARE}, then the steps
 * after the downloads; it only grows, stays below 1, and is unknown (-1) until the boot files are named and while
 * one's size is not known yet.
 * A boot stalls when something is awaited from the network and nothing arrives for the limit; time the worker spent
 * computing (a gap between ticks) is not silence, since bytes that came meanwhile are only read afterwards.
 */
final class BootProgress {
  /** The part of the figure that downloading makes up; starting Python and the kernel fill the rest. */
  static final double DOWNLOAD_SHARE = 0.9;
  /** The figure once Pyodide has started, and once the kernel has. */
  static final double PYODIDE_STARTED = 0.95;
  static final double KERNEL_STARTED = 0.98;
  /** The highest figure: the boot is over when the kernel answers, not when its bytes are in. */
  static final double MOST = 0.99;
  /** Ticks further apart than this mean the worker was busy computing, not waiting. */
  static final double BUSY_GAP_MS = 1000;

  /** What a tick found: something changed, nothing changed (but within the limit), or the limit was reached. */
  enum Tick { CHANGED, QUIET, STALLED }

  private static final class Download {
    double loaded;
    double total = -1;
    int inFlight;
    boolean done;
    /** A boot file: the figure is unknown until its size is. */
    boolean expected;
  }

  private final double limitMs;
  private final Map<String, Download> downloads = new LinkedHashMap<>();
  private final List<String> awaited = new ArrayList<>();
  /** Whether the boot files are named yet: before, a figure would be over the few files known so far. */
  private boolean named;
  private double step = -1;
  private double reported = -1;
  private int changes;
  private int seenChanges;
  private double lastTick = -1;
  private double quietMs;

  /** {@code limitMs} of silence make a stall; 0 never stalls. */
  BootProgress(double limitMs) {
    this.limitMs = limitMs;
  }

  /** A boot file that will be downloaded: no figure is given until its size is known. */
  void expect(String url) {
    named = true;
    download(url).expected = true;
    changes++;
  }

  /** A file that will not be downloaded after all (its server refused it): the figure no longer waits for it. */
  void forget(String url) {
    Download download = downloads.get(url);
    if (download != null && download.inFlight == 0 && !download.done) {
      downloads.remove(url);
      changes++;
    }
  }

  /** The size of {@code url}, from a Content-Length; a missing or zero length says nothing. */
  void size(String url, double total) {
    if (total > 0) {
      download(url).total = total;
      changes++;
    }
  }

  /** A request for {@code url} was sent. */
  void start(String url) {
    download(url).inFlight++;
    changes++;
  }

  /** A request for {@code url} has received {@code loaded} bytes so far (requests of one URL count once). */
  void received(String url, double loaded) {
    Download download = download(url);
    if (loaded > download.loaded) {
      download.loaded = loaded;
      changes++;
    }
  }

  /** A request for {@code url} ended, with its whole body ({@code complete}) or not. */
  void finish(String url, boolean complete) {
    Download download = download(url);
    download.inFlight = Math.max(0, download.inFlight - 1);
    download.done |= complete;
    changes++;
  }

  /** Something is awaited that delivers no bytes to count (an imported module). */
  void await(String what) {
    awaited.add(what);
    changes++;
  }

  void arrived(String what) {
    awaited.remove(what);
    changes++;
  }

  /** A step after the downloads is done: the figure is at least {@code figure} from now on. */
  void reach(double figure) {
    step = Math.max(step, figure);
    changes++;
  }

  /** How far the boot is, from 0 to {@link #MOST}, or -1 while unknown; never less than it said before. */
  double fraction() {
    double total = 0;
    double loaded = 0;
    boolean unknown = false;
    for (Download download : downloads.values()) {
      if (download.total < 0) {
        unknown |= download.expected && !download.done;
        continue;
      }
      total += download.total;
      loaded += download.done ? download.total : Math.min(download.loaded, download.total);
    }
    double bytes = unknown || !named || total == 0 ? -1 : DOWNLOAD_SHARE * loaded / total;
    double now = Math.max(bytes, step);
    if (now >= 0) {
      reported = Math.min(MOST, Math.max(reported, now));
    }
    return reported;
  }

  /** Whether anything is awaited from the network now. */
  boolean waiting() {
    return waitingFor() != null;
  }

  /** The oldest thing awaited from the network, or null. */
  String waitingFor() {
    for (Map.Entry<String, Download> entry : downloads.entrySet()) {
      if (entry.getValue().inFlight > 0) {
        return entry.getKey();
      }
    }
    return awaited.isEmpty() ? null : awaited.get(0);
  }

  /** Called regularly with the time in milliseconds: whether anything changed since, or the boot has stalled. */
  Tick tick(double now) {
    double gap = lastTick < 0 ? 0 : now - lastTick;
    lastTick = now;
    if (changes != seenChanges) {
      seenChanges = changes;
      quietMs = 0;
      return Tick.CHANGED;
    }
    if (!waiting()) {
      quietMs = 0;
      return Tick.QUIET;
    }
    if (gap <= BUSY_GAP_MS) {
      quietMs += gap;
    }
    return limitMs > 0 && quietMs >= limitMs ? Tick.STALLED : Tick.QUIET;
  }

  private Download download(String url) {
    Download download = downloads.get(url);
    if (download == null) {
      download = new Download();
      downloads.put(url, download);
    }
    return download;
  }
}
