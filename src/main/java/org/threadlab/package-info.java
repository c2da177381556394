/**
 * ThreadLab: a web-based operating-systems lab. Students' pthread C programs run on a
 * deterministic simulated QNX-style kernel. The simulation core ({@code kernel}, {@code cc},
 * {@code vm}, {@code explore}) and the command line ({@code cli}) do not depend on Spring;
 * the Spring Boot application lives in {@code web} and its feature packages.
 */
package org.threadlab;
