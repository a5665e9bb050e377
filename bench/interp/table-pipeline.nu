# 100k records through each / where / group-by / sort-by / math sum: the table-pipeline benchmark of issue 7.
let rows = (1..100000 | each {|i| {id: $i, group: ($i mod 10), value: (($i * 7) mod 1000)} })
$rows | where value > 100 | group-by group --to-table | each {|g| {group: $g.group, total: ($g.items | get value | math sum), n: ($g.items | length)} } | sort-by total --reverse | first 3 | get total
