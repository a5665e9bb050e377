# A table built, filtered, sorted and printed; nested values are summarised.
let people = [
    [name, age, langs, address];
    [alice, 31, [nu rust], {city: Paris, zip: "75001"}]
    [bob, 27, [java], {city: Lyon, zip: "69001"}]
    [carol, 45, [], {city: Nice, zip: "06000"}]
]
print ($people | where age > 30 | select name age)
print ($people | get 0)
$people | sort-by age | each {|p| {name: $p.name, langs: ($p.langs | length), size: 1.5, span: 90min}}
