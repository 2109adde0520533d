@NullMarked
package id.orderan.security.ui;

import org.jspecify.annotations.NullMarked;
