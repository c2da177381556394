/**
 * Checks over the typed AST that find what a compiler can see of a student's concurrency
 * mistakes, reported as warnings in the usual {@code file:line:col} form.
 */
package org.threadlab.cc.check;
