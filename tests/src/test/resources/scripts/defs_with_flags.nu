# A custom command with a typed positional, an optional one, a flag with a value and a switch.
def greet [name: string, greeting?: string, --times (-t): int = 1, --shout (-s)] {
    let g = if $greeting == null { "hello" } else { $greeting }
    let text = $"($g), ($name)"
    let text = if $shout { $text + "!!" } else { $text }
    1..$times | each {|_| $text } | str join " "
}

print (greet world)
print (greet world hi --times 2)
print (greet nu -s -t 3)
greet "last one" --shout | str length
