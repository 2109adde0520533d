@NullMarked
package id.orderan.base;

import org.jspecify.annotations.NullMarked;
