/**
 * The explorer (issue 4, docs/plan-explorer.md): runs one compiled program under many schedules,
 * each a fresh {@link org.threadlab.vm.interp.Machine} driven by a strategy's
 * {@link org.threadlab.kernel.choice.Chooser}, stops at the first bug, minimises its schedule and
 * explains it. No Spring, no wall clock: the caller passes the clock that bounds the search.
 */
package org.threadlab.explore;
