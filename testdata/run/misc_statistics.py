import statistics as st
data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mode([1, 1, 2, 3]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([1, 2, 3, 4]))
print(st.fmean([3.5, 4.0, 5.25]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.multimode('aabbbbccddddeeffffgg'))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.correlation([1, 2, 3], [2, 4, 7]) if hasattr(st, 'correlation') else '')
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal('0.5'), Decimal('0.75')]))
nd = st.NormalDist(100, 15)
print(round(nd.cdf(115), 6), round(nd.inv_cdf(0.5), 6), nd.mean, nd.stdev)
try:
    st.mean([])
except st.StatisticsError as e:
    print(e)
