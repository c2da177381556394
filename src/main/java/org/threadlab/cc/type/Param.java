package org.threadlab.cc.type;

import org.threadlab.cc.SourcePos;

/**
 * One parameter of a function type: its name ({@code null} when abstract), type (already
 * adjusted: arrays and functions become pointers) and position.
 */
public record Param(String name, Type type, SourcePos pos) {
}
