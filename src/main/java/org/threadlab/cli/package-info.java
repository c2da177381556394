/**
 * The {@code bin/threadlab} command line (picocli): {@link org.threadlab.cli.Main} holds the
 * subcommands, each in its own class ({@code pool} today). Runs on the kernel without Spring;
 * a bad argument gives one line on stderr and exit status 2, never a stack trace.
 */
package org.threadlab.cli;
