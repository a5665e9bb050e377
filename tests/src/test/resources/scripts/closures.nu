# Closures capture, are passed to filters and called with do.
let factor = 3
let scale = {|x| $x * $factor }
print ([1 2 3] | each $scale)
print ([1 2 3 4 5 6] | where {|x| $x mod 2 == 0 } | reduce {|it, acc| $acc + $it })
let adder = {|a, b| $a + $b }
print (do $adder 40 2)
[10 20 30] | each {|x| do $scale $x } | math sum
