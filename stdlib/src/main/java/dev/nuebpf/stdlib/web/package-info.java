/**
 * Web-flavoured helpers: hashing ({@code hash md5|sha256}), URL encoding, query strings, URL parsing and
 * joining, and {@code detect type} for inferring values from text such as query parameters.
 */
package dev.nuebpf.stdlib.web;
