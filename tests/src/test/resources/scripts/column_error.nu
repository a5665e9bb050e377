# Asking for a column that is not there is an error with two labels; the script stops with status 1.
let r = {a: 1, b: 2}
print ($r | get a)
$r | get c
print "not reached"
