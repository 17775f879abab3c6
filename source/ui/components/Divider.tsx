// The rule between list and reader. It turns bold when the reader has the keys: together with
// the list's selection losing its inverse, that shows which pane the keys go to, without colour.
import React from 'react';
import {Box, Text} from 'ink';

export function Divider({height, readerFocused}: {height: number; readerFocused: boolean}) {
	return (
		<Box flexDirection="column" width={1} height={height}>
			{Array.from({length: height}, (_, i) => (
				<Text key={i} dimColor={!readerFocused} bold={readerFocused}>
					│
				</Text>
			))}
		</Box>
	);
}
