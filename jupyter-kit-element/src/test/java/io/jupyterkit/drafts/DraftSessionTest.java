package io.jupyterkit.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.drafts.DraftSession.Action;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftSessionTest {
  @Test
  void theOriginalWithoutADraftHasNoBarAndSavesWithTheOriginalsFingerprint() {
    DraftSession session = DraftSession.ofOriginal("https://example.org/a.ipynb");
    assertNull(session.message());
    assertEquals(List.of(), session.actions());
    assertNull(session.fingerprintToSave(), "not known yet: the save waits for it");
    session.originalKnown("10:abc");
    assertFalse(session.changed());
    assertEquals("10:abc", session.fingerprintToSave());
    assertFalse(session.saved("10:abc"));
    assertTrue(session.draftStored());
    assertNull(session.message(), "saving edits of the original shows nothing");
  }

  @Test
  void aRestoredDraftSaysSoAndOffersRevertAndDiscard() {
    DraftSession session = DraftSession.ofRestored("k", "10:abc", "3 Dec 2026, 14:05");
    assertEquals("Restored your edits from 3 Dec 2026, 14:05.", session.message());
    assertEquals(List.of(Action.REVERT, Action.DISCARD, Action.DISMISS), session.actions());
    assertEquals("10:abc", session.fingerprintToSave());
    assertFalse(session.originalKnown("10:abc"), "the same original: nothing to say");
    assertFalse(session.originalChanged());
    assertEquals("Restored your edits.", DraftSession.ofRestored("k", null, null).message());
  }

  @Test
  void aDraftOverAChangedOriginalSaysSoAndKeepsItsOwnOriginalWhenSavedAgain() {
    DraftSession session = DraftSession.ofRestored("k", "10:abc", null);
    assertTrue(session.originalKnown("12:def"));
    assertEquals("The notebook changed since your edits were saved; showing your edits.", session.message());
    assertEquals(List.of(Action.REVERT, Action.DISCARD, Action.DISMISS), session.actions());
    assertFalse(session.changed());
    assertEquals("10:abc", session.fingerprintToSave(), "the draft was still made from the old original");
    session.saved("10:abc");
    assertTrue(session.originalChanged());
  }

  @Test
  void revertShowsTheOriginalAndOffersTheEditsBackUntilTheOriginalChanges() {
    DraftSession session = DraftSession.ofRestored("k", "10:abc", null);
    session.originalKnown("12:def");
    session.revert();
    assertFalse(session.showingDraft());
    assertTrue(session.draftStored(), "the draft stays stored");
    assertEquals("Showing the original. Your edits are kept until you change this notebook.", session.message());
    assertEquals(List.of(Action.RESTORE, Action.DISCARD, Action.DISMISS), session.actions());

    session.restore();
    assertTrue(session.showingDraft());
    assertEquals(List.of(Action.REVERT, Action.DISCARD, Action.DISMISS), session.actions());

    session.revert();
    assertTrue(session.changed(), "editing the original takes the offer away");
    assertNull(session.message());
    assertEquals("12:def", session.fingerprintToSave(), "the new draft is made from the original shown");
    session.restore();
    assertFalse(session.showingDraft(), "nothing left to restore");
  }

  @Test
  void discardErasesAndDismissHides() {
    DraftSession discarded = DraftSession.ofRestored("k", "10:abc", null);
    discarded.discard();
    assertFalse(discarded.showingDraft());
    assertFalse(discarded.draftStored());
    assertNull(discarded.message());

    DraftSession dismissed = DraftSession.ofRestored("k", "10:abc", null);
    dismissed.dismiss();
    assertNull(dismissed.message());
    assertTrue(dismissed.showingDraft(), "the edits stay shown");
    dismissed.revert();
    assertEquals(List.of(Action.RESTORE, Action.DISCARD, Action.DISMISS), dismissed.actions(),
        "a new state brings the bar back");
  }

  @Test
  void aFailedSaveIsSaidOnceAndClearedByASuccessfulOne() {
    DraftSession session = DraftSession.ofOriginal("k");
    assertTrue(session.saveFailed("the browser's storage for this site is full"));
    assertEquals("Your edits are not kept in this browser: the browser's storage for this site is full.",
        session.message());
    assertEquals(List.of(Action.DISMISS), session.actions());
    session.dismiss();
    assertFalse(session.saveFailed("the browser's storage for this site is full"), "not again after dismissing");
    assertNull(session.message());
    assertFalse(session.saved("1:0"));
    assertTrue(session.saveFailed("storage is off."));
    assertEquals("Your edits are not kept in this browser: storage is off.", session.message());
    assertTrue(session.saved("1:0"));
    assertNull(session.message());
  }

  @Test
  void erasingByThePageLeavesNothingOffered() {
    DraftSession session = DraftSession.ofRestored("k", "10:abc", null);
    session.revert();
    session.cleared();
    assertFalse(session.draftStored());
    assertFalse(session.reverted());
    assertNull(session.message());
  }
}
