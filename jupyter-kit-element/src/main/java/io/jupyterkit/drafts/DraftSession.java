package io.jupyterkit.drafts;

import java.util.ArrayList;
import java.util.List;

/**
 * One loaded notebook's draft: whether the original or the restored draft is shown, whether a draft is stored and
 * which original it was made from, and what the bar above the notebook says and offers. The meanings of the bar's
 * buttons (also in the README):
 * <ul>
 *   <li>Revert to original: shows the original and keeps the draft stored, so the bar then offers Restore your
 *       edits; the first change to the original replaces the draft with the original as changed.
 *   <li>Discard: erases the draft and shows the original.
 *   <li>Dismiss: hides the bar; the edits stay shown and kept.
 * </ul>
 */
public final class DraftSession {
  /** What the bar offers; {@link #id()} names the button for the page's script and tests. */
  public enum Action {
    REVERT("revert", "Revert to original"),
    RESTORE("restore", "Restore your edits"),
    DISCARD("discard", "Discard"),
    DISMISS("dismiss", "Dismiss");

    private final String id;
    private final String label;

    Action(String id, String label) {
      this.id = id;
      this.label = label;
    }

    public String id() {
      return id;
    }

    public String label() {
      return label;
    }
  }

  private final String key;
  private boolean showingDraft;
  /** Shows the original after Revert to original, with the edits still stored and offered back. */
  private boolean reverted;
  private boolean draftStored;
  /** The fingerprint of the original the draft was made from. */
  private String draftOriginal;
  private String originalFingerprint;
  private final String savedAt;
  private String problem;
  private boolean barDismissed;

  private DraftSession(String key, String savedAt) {
    this.key = key;
    this.savedAt = savedAt;
  }

  /** The original is shown; no draft of it is known. */
  public static DraftSession ofOriginal(String key) {
    return new DraftSession(key, null);
  }

  /**
   * The draft stored under {@code key} is shown; it was made from the original with fingerprint
   * {@code draftOriginal} (null when unknown) and saved at {@code savedAt} (words for the reader, or null).
   */
  public static DraftSession ofRestored(String key, String draftOriginal, String savedAt) {
    DraftSession session = new DraftSession(key, savedAt);
    session.showingDraft = true;
    session.draftStored = true;
    session.draftOriginal = draftOriginal;
    return session;
  }

  /** Where the draft is stored: the {@code storage-key}, or the notebook's absolute URL. */
  public String key() {
    return key;
  }

  public boolean showingDraft() {
    return showingDraft;
  }

  public boolean reverted() {
    return reverted;
  }

  public boolean draftStored() {
    return draftStored;
  }

  public String originalFingerprint() {
    return originalFingerprint;
  }

  /** The original's fingerprint is now known; returns whether the bar changed. */
  public boolean originalKnown(String fingerprint) {
    boolean before = originalChanged();
    originalFingerprint = fingerprint;
    return before != originalChanged() && barShown();
  }

  /** The draft shown was made from another original than the one now at its address. */
  public boolean originalChanged() {
    return showingDraft && draftOriginal != null && originalFingerprint != null
        && !draftOriginal.equals(originalFingerprint);
  }

  /**
   * The fingerprint a save records: the draft keeps that of the original it was made from, however often it is
   * saved again; edits of the original record the original's. Null while that is not known yet.
   */
  public String fingerprintToSave() {
    return showingDraft && draftOriginal != null ? draftOriginal : originalFingerprint;
  }

  /** The notebook shown changed and will be saved as the draft; returns whether the bar changed. */
  public boolean changed() {
    if (!reverted) {
      return false;
    }
    // The original is being edited: its save replaces the kept edits, which can no longer be restored.
    boolean shown = barShown();
    reverted = false;
    return shown;
  }

  /** A save recording {@code fingerprint} completed; returns whether the bar changed. */
  public boolean saved(String fingerprint) {
    draftStored = true;
    draftOriginal = fingerprint;
    boolean hadProblem = problem != null && !barDismissed;
    problem = null;
    return hadProblem;
  }

  /** Storing failed; {@code reason} says why, for the reader. Returns whether the bar changed. */
  public boolean saveFailed(String reason) {
    boolean fresh = problem == null;
    problem = reason;
    if (fresh) {
      barDismissed = false;
    }
    return fresh;
  }

  /** Revert to original: the original is to be shown; the draft stays stored. */
  public void revert() {
    if (showingDraft) {
      showingDraft = false;
      reverted = true;
      barDismissed = false;
    }
  }

  /** Restore your edits: the kept draft is to be shown again. */
  public void restore() {
    if (reverted) {
      reverted = false;
      showingDraft = true;
      barDismissed = false;
    }
  }

  /** Discard: the draft is erased and the original is to be shown. */
  public void discard() {
    showingDraft = false;
    reverted = false;
    draftStored = false;
    draftOriginal = null;
    problem = null;
  }

  /** The page erased what was stored (clearStorage, clearStoredDrafts): nothing is stored, nothing is offered. */
  public void cleared() {
    draftStored = false;
    reverted = false;
    problem = null;
    barDismissed = true;
  }

  public void dismiss() {
    barDismissed = true;
  }

  public boolean barShown() {
    return !barDismissed && (problem != null || showingDraft || reverted);
  }

  /** What the bar says, or null when it is hidden. */
  public String message() {
    if (!barShown()) {
      return null;
    }
    if (problem != null) {
      return "Your edits are not kept in this browser: " + problem + (problem.endsWith(".") ? "" : ".");
    }
    if (reverted) {
      return "Showing the original. Your edits are kept until you change this notebook.";
    }
    if (originalChanged()) {
      return "The notebook changed since your edits were saved; showing your edits.";
    }
    return savedAt == null ? "Restored your edits." : "Restored your edits from " + savedAt + ".";
  }

  /** The bar's buttons, in order; empty when it is hidden. */
  public List<Action> actions() {
    List<Action> actions = new ArrayList<>();
    if (!barShown()) {
      return actions;
    }
    if (showingDraft || reverted) {
      actions.add(reverted ? Action.RESTORE : Action.REVERT);
      actions.add(Action.DISCARD);
    }
    actions.add(Action.DISMISS);
    return actions;
  }
}
