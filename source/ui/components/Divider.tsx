// The rule between list and reader. Which pane has the keys shows in the panes themselves
// (inverse selection in the list) and in the status bar, so the rule stays quiet.
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
