/** Data formats: {@code to}/{@code from} nuon, json, csv, tsv, ssv, yaml, toml, text and markdown. */
package dev.nuebpf.stdlib.formats;
