// The rule between list and reader; brighter on the side that has the focus would need colour,
// so the focus is shown in the panes themselves instead.
import React from 'react';
import {Box, Text} from 'ink';

export function Divider({height}: {height: number}) {
	return (
		<Box flexDirection="column" width={1} height={height}>
			{Array.from({length: height}, (_, i) => (
				<Text key={i} dimColor>
					│
				</Text>
			))}
		</Box>
	);
}
