@NullMarked
package id.orderan.security;

import org.jspecify.annotations.NullMarked;
