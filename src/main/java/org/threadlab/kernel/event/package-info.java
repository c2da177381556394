/**
 * The kernel's event stream: one sealed {@link org.threadlab.kernel.event.KernelEvent} hierarchy,
 * one {@link org.threadlab.kernel.event.EventSink}, and a formatter that gives each event a
 * byte-stable line. The CLI, live sessions and the grader all adapt this one stream.
 */
package org.threadlab.kernel.event;
