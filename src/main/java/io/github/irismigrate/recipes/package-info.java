/** One OpenRewrite recipe per rule of the catalog, and the machinery they share to plan and apply findings. */
@NullMarked
package io.github.irismigrate.recipes;

import org.jspecify.annotations.NullMarked;
