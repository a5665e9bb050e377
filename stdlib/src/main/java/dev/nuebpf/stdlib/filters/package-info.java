/**
 * The filters: commands that reshape lists, tables and records (each, where, get, select, sort-by,
 * group-by, flatten, join...). One class per command, registered by {@link dev.nuebpf.stdlib.filters.FilterCommands}.
 * Filters that can stream return lazy {@link dev.nuebpf.runtime.PipelineData} streams, so
 * {@code 1.. | each {..} | first 3} ends; those that must see everything (sort, reverse, last) collect.
 * Behaviour, including error codes and the order of equal items, follows Nushell 0.115.1.
 */
package dev.nuebpf.stdlib.filters;
