/**
 * @fileoverview Browser types elemental2 1.2.3 tests with instanceof that this Closure Compiler's browser externs
 * lack. Declared as bare constructors: the Java code reaches their members through elemental2, not through here.
 * @externs
 */

/** @constructor */
function ElementInternals() {}

/**
 * @constructor
 * @extends {Event}
 * @param {string} type
 * @param {!Object=} init
 */
function SubmitEvent(type, init) {}

/**
 * @constructor
 * @extends {Event}
 * @param {string} type
 * @param {!Object=} init
 */
function TransitionEvent(type, init) {}

/**
 * @constructor
 * @extends {Error}
 * @param {string=} constraint
 * @param {string=} message
 */
function OverconstrainedError(constraint, message) {}

/** @constructor */
function MediaStreamTrackGenerator() {}
