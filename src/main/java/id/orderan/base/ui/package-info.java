@NullMarked
package id.orderan.base.ui;

import org.jspecify.annotations.NullMarked;
