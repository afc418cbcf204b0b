# format() of floats with upper-case codes and the alternate form.
for x in [0.0, 1.0, 3.0, 123456.0, 1e-5, 1.5e300, 0.000123456, float('inf'), float('nan'), -2.5]:
    for spec in ["E", "G", "F", "#g", "#.3g", "#.0g", ".3E", "#G", "10.2F", "#e", "#.0e", "#f", "#.0f"]:
        print(spec, format(x, spec), end=" | ")
    print()
