/**
 * Web-flavoured helpers: hashing ({@code hash md5|sha256}), URL encoding, query strings, URL parsing and
 * joining.
 */
package dev.nuebpf.stdlib.web;
